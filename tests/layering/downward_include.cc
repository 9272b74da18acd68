// A probe, never part of gongkai: read/ including its own header and one of
// core/, the layer below. It must compile (the control of upward_include.cc).
#include "amount.h"
#include "pdf_reader.h"

int DownwardIncludeProbe() { return 0; }
