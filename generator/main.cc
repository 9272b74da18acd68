// gongkai: the command line. Only flags here; every stage is in the library.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) {
  CLI::App app{
      "gongkai: a static site generator for Chinese government budget disclosures\n"
      "(部门预算 / 部门决算 / 绩效目标 / 绩效自评). It reads text converted from PDF or\n"
      "Word into one exact model and writes a browsable static site."};
  app.require_subcommand(1);
  gongkai::RegisterCommands(app);
  CLI11_PARSE(app, argc, argv);
  return gongkai::ExitCode();
}
