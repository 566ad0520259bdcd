// palma: the headless command-line tool. Every step of the studio is a sub-command here, with the same
// arguments the GUI and the tests use.
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/commands.h"
#include "core/common/memory.h"
#include "core/common/threads.h"
#include "palma/config.h"

namespace {

// Messages are one line: newlines inside an error text would split the "palma: error:" line. Lines
// are joined with "; " (or a space after a colon) and column padding becomes " - " (for listings such
// as the accepted model specs).
std::string oneLine(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) continue;
    line = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
    for (size_t gap; (gap = line.find("  ")) != std::string::npos;)
      line.replace(gap, line.find_first_not_of(' ', gap) - gap, " - ");
    if (!out.empty()) out += out.back() == ':' ? " " : "; ";
    out += line;
  }
  return out;
}

int run(const std::vector<std::string>& args) {
  using namespace palma::cli;
  if (!args.empty() && (args[0] == "--version" || args[0] == "-V")) {
    std::cout << "palma " << PALMA_VERSION_STRING << "\n";
    return 0;
  }
  return dispatch("palma",
                  "Palma Studio on the command line: hand models, posing, export and avatar rendering.\n"
                  "Version " PALMA_VERSION_STRING ". Use --version to print only the version.",
                  {modelCommand(), synthCommand(), prepareCommand(), reconstructCommand(), renderCommand(),
                   exportCommand(), evalCommand(), demoCommand(), benchCommand()},
                  args, std::cout);
}

}  // namespace

int main(int argc, char** argv) {
  palma::boundThreadSpinning(argv);
  palma::reuseLargeAllocations();
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return run(args);
  } catch (const palma::cli::UsageError& e) {
    std::cerr << "palma: error: " << oneLine(e.what()) << std::endl;
    return 2;
  } catch (const palma::Error& e) {
    std::cerr << "palma: error: " << oneLine(e.what()) << std::endl;
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "palma: error: internal error: " << oneLine(e.what()) << std::endl;
    return 1;
  }
}
