#include "tests/support/palma_test.h"
