#include <cstdio>
int main() { std::puts("casus"); return 0; }
