#include "app/cli/arg_parser.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace palma::cli {
namespace {

std::string seeHelp(const std::string& command) { return " (see '" + command + " --help')"; }

}  // namespace

double parseNumber(const std::string& text, const std::string& what) {
  const char* begin = text.c_str();
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(begin, &end);
  const bool whole = end != begin && *end == '\0' && !std::isspace(static_cast<unsigned char>(text[0]));
  if (!whole || errno == ERANGE || !std::isfinite(value))
    throw UsageError(what + ": '" + text + "' is not a number");
  return value;
}

int parseInteger(const std::string& text, const std::string& what) {
  const char* begin = text.c_str();
  char* end = nullptr;
  errno = 0;
  const long value = std::strtol(begin, &end, 10);
  if (end == begin || *end != '\0' || errno == ERANGE || value < -1000000000L || value > 1000000000L)
    throw UsageError(what + ": '" + text + "' is not a whole number");
  return static_cast<int>(value);
}

std::optional<std::string> ParsedArgs::find(const std::string& name) const {
  if (auto it = values_.find(name); it != values_.end()) return it->second;
  if (auto it = defaults_.find(name); it != defaults_.end()) return it->second;
  return std::nullopt;
}

std::string ParsedArgs::get(const std::string& name) const {
  if (auto value = find(name)) return *value;
  throw UsageError("'" + command_ + "' needs --" + name + seeHelp(command_));
}

int ParsedArgs::getInt(const std::string& name, int min, int max) const {
  const int value = parseInteger(get(name), "option --" + name);
  if (value < min || value > max)
    throw UsageError("option --" + name + ": " + std::to_string(value) + " is outside " +
                     std::to_string(min) + ".." + std::to_string(max));
  return value;
}

double ParsedArgs::getDouble(const std::string& name, double min, double max) const {
  const double value = parseNumber(get(name), "option --" + name);
  if (value < min || value > max) {
    std::ostringstream os;
    os << "option --" << name << ": " << value << " is outside " << min << ".." << max;
    throw UsageError(os.str());
  }
  return value;
}

ArgParser::ArgParser(std::string command, std::string summary)
    : command_(std::move(command)), summary_(std::move(summary)) {}

ArgParser& ArgParser::option(const std::string& name, const std::string& value_name, const std::string& help,
                             const std::string& default_value) {
  options_.push_back({name, value_name, help, default_value, true, false});
  return *this;
}

ArgParser& ArgParser::requiredOption(const std::string& name, const std::string& value_name,
                                     const std::string& help) {
  options_.push_back({name, value_name, help, "", true, true});
  return *this;
}

ArgParser& ArgParser::flag(const std::string& name, const std::string& help) {
  options_.push_back({name, "", help, "", false, false});
  return *this;
}

ArgParser& ArgParser::positional(const std::string& name, const std::string& help) {
  positionals_.emplace_back(name, help);
  return *this;
}

ArgParser& ArgParser::epilog(const std::string& text) {
  epilog_ = text;
  return *this;
}

const ArgParser::Option* ArgParser::findOption(const std::string& name) const {
  auto it = std::find_if(options_.begin(), options_.end(), [&](const Option& o) { return o.name == name; });
  return it == options_.end() ? nullptr : &*it;
}

ParsedArgs ArgParser::parse(const std::vector<std::string>& args) const {
  ParsedArgs parsed;
  parsed.command_ = command_;
  for (const Option& o : options_)
    if (o.takes_value && !o.required && !o.default_value.empty()) parsed.defaults_[o.name] = o.default_value;

  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      parsed.help_ = true;
      return parsed;
    }
    if (arg.rfind("--", 0) != 0 || arg == "--") {
      if (arg.size() > 1 && arg[0] == '-' && !std::isdigit(static_cast<unsigned char>(arg[1])))
        throw UsageError("unknown option '" + arg + "' for '" + command_ + "'" + seeHelp(command_));
      if (parsed.positionals_.size() >= positionals_.size())
        throw UsageError("unexpected argument '" + arg + "' for '" + command_ + "'" + seeHelp(command_));
      parsed.positionals_.push_back(arg);
      continue;
    }
    const size_t eq = arg.find('=');
    const std::string name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
    const Option* o = findOption(name);
    if (!o) throw UsageError("unknown option '--" + name + "' for '" + command_ + "'" + seeHelp(command_));
    if (parsed.values_.count(name)) throw UsageError("option --" + name + " is given twice");
    if (!o->takes_value) {
      if (eq != std::string::npos) throw UsageError("option --" + name + " takes no value");
      parsed.values_[name] = "";
      continue;
    }
    std::string value;
    if (eq != std::string::npos) {
      value = arg.substr(eq + 1);
    } else {
      // A following "--x" is the next option, not this one's value; "-1" is a value.
      if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0)
        throw UsageError("option --" + name + " needs a value (" + o->value_name + ")");
      value = args[++i];
    }
    if (value.empty()) throw UsageError("option --" + name + " needs a value (" + o->value_name + ")");
    parsed.values_[name] = value;
  }
  for (const Option& o : options_)
    if (o.required && !parsed.values_.count(o.name))
      throw UsageError("'" + command_ + "' needs --" + o.name + " " + o.value_name + seeHelp(command_));
  return parsed;
}

std::string ArgParser::helpText() const {
  std::ostringstream os;
  os << "Usage: " << command_;
  for (const Option& o : options_) {
    if (!o.required) continue;
    os << " --" << o.name << " " << o.value_name;
  }
  if (std::any_of(options_.begin(), options_.end(), [](const Option& o) { return !o.required; }))
    os << " [options]";
  for (const auto& p : positionals_) os << " " << p.first;
  os << "\n\n" << summary_ << "\n";
  if (!positionals_.empty()) {
    os << "\nArguments:\n";
    for (const auto& p : positionals_) os << "  " << p.first << "\n      " << p.second << "\n";
  }
  os << "\nOptions:\n";
  for (const Option& o : options_) {
    os << "  --" << o.name;
    if (o.takes_value) os << " " << o.value_name;
    os << "\n      " << o.help;
    if (o.required) os << " (required)";
    if (!o.default_value.empty()) os << " (default: " << o.default_value << ")";
    os << "\n";
  }
  os << "  -h, --help\n      Show this help and exit.\n";
  if (!epilog_.empty()) os << "\n" << epilog_ << (epilog_.back() == '\n' ? "" : "\n");
  return os.str();
}

int dispatch(const std::string& prefix, const std::string& summary, const std::vector<Command>& commands,
             const std::vector<std::string>& args, std::ostream& out) {
  if (args.empty()) throw UsageError("'" + prefix + "' needs a command" + seeHelp(prefix));
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    out << "Usage: " << prefix << " <command> [options]\n\n" << summary << "\n\nCommands:\n";
    size_t width = 0;
    for (const Command& c : commands) width = std::max(width, c.name.size());
    for (const Command& c : commands)
      out << "  " << c.name << std::string(width + 3 - c.name.size(), ' ') << c.summary << "\n";
    out << "\nRun '" << prefix << " <command> --help' for a command's options.\n";
    return 0;
  }
  for (const Command& c : commands)
    if (c.name == args[0]) return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
  const std::string what = args[0].rfind("-", 0) == 0 ? "unknown option '" : "unknown command '";
  throw UsageError(what + args[0] + "' for '" + prefix + "'" + seeHelp(prefix));
}

}  // namespace palma::cli
