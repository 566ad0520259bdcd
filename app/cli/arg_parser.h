// A small command-line parser for the palma tool: each (sub-)command declares its options once and gets
// parsing, validation and its --help text from that declaration. Errors are UsageError (exit code 2).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/common/error.h"

namespace palma::cli {

// The command line itself is wrong (unknown option, missing or malformed value): exit code 2.
class UsageError : public InputError {
 public:
  using InputError::InputError;
};

// The values given for one command's options.
class ParsedArgs {
 public:
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  // The value of an option; its default when not given; throws UsageError for a required one.
  std::string get(const std::string& name) const;
  std::optional<std::string> find(const std::string& name) const;
  // Integer/number values, checked to lie in [min, max]; UsageError names the option otherwise.
  int getInt(const std::string& name, int min, int max) const;
  double getDouble(const std::string& name, double min, double max) const;
  bool flag(const std::string& name) const { return has(name); }
  bool helpRequested() const { return help_; }
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  friend class ArgParser;
  std::string command_;
  std::map<std::string, std::string> values_;
  std::map<std::string, std::string> defaults_;
  std::vector<std::string> positionals_;
  bool help_ = false;
};

// Parses a number the way the CLI accepts them everywhere ("1", "-0.5", "2e-3"); `what` names the
// value in the UsageError ("option --shape", "shape value 3").
double parseNumber(const std::string& text, const std::string& what);
int parseInteger(const std::string& text, const std::string& what);

class ArgParser {
 public:
  // command: the full command as typed ("palma model export"); summary: one line for --help.
  ArgParser(std::string command, std::string summary);

  // An option taking a value ("--out FILE"); `default_value` is shown in --help and returned by get().
  ArgParser& option(const std::string& name, const std::string& value_name, const std::string& help,
                    const std::string& default_value = "");
  ArgParser& requiredOption(const std::string& name, const std::string& value_name, const std::string& help);
  // An option without a value ("--json").
  ArgParser& flag(const std::string& name, const std::string& help);
  // Positional arguments (none allowed unless declared): name and help for the usage line.
  ArgParser& positional(const std::string& name, const std::string& help);
  // Free text appended to --help (formats, examples).
  ArgParser& epilog(const std::string& text);

  // Accepts "--name value", "--name=value", "--help"/"-h". Throws UsageError for anything else.
  ParsedArgs parse(const std::vector<std::string>& args) const;
  std::string helpText() const;
  const std::string& command() const { return command_; }

 private:
  struct Option {
    std::string name, value_name, help, default_value;
    bool takes_value = true;
    bool required = false;
  };
  const Option* findOption(const std::string& name) const;

  std::string command_, summary_, epilog_;
  std::vector<Option> options_;
  std::vector<std::pair<std::string, std::string>> positionals_;
};

// A named (sub-)command: `run` receives the arguments after its name and returns the exit code.
struct Command {
  std::string name;
  std::string summary;
  std::function<int(const std::vector<std::string>& args)> run;
};

// Runs the command named by args[0] among `commands` (for "palma" and "palma model"); prints the list
// for --help or no arguments. `prefix` is the command line so far ("palma model").
int dispatch(const std::string& prefix, const std::string& summary, const std::vector<Command>& commands,
             const std::vector<std::string>& args, std::ostream& out);

}  // namespace palma::cli
