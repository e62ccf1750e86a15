// PLACEHOLDER: the command line lands with the writers.
#include "extractor.h"
int main()
{
    return 0;
}
