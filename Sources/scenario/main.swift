#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "repl" {
    exit(ReplCommand.run(Array(arguments.dropFirst())))
}
print("scenario: not yet")
