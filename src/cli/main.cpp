#include <iostream>

#include "cli/app.h"
#include "cli/malloc_tuning.h"

int main(int argc, char** argv) {
  tenk::tune_malloc_for_short_run();
  return tenk::run_app(argc, argv, std::cout, std::cerr);
}
