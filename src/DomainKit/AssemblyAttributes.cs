using System.Runtime.CompilerServices;

// The fast paths keep their figures in large structs on the stack; without this the runtime would zero
// several hundred bytes of stack on every call before the code overwrites them. C#'s definite assignment
// already guarantees no local is read before it is written, and the library allocates no stack buffers.
[module: SkipLocalsInit]
