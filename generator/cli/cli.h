// The subcommands (parse, check, ...): registered on a CLI11 app by main.cc.
#pragma once

#include <CLI/CLI.hpp>

namespace gongkai {

void RegisterCommands(CLI::App& app);

// The exit status of the subcommand that ran.
int ExitCode();

}  // namespace gongkai
