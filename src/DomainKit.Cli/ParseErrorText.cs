using System.Text.RegularExpressions;

namespace DomainKit.Cli;

/// <summary>
/// The command-line library's parse errors in the tool's own words and language. The library words them in English
/// (the parse runs under the invariant culture for that), and some of them repeat the value that was refused, which the
/// tool never does; each known form is matched and said again, naming the option or command, never the value.
/// </summary>
internal static partial class ParseErrorText
{
    [GeneratedRegex(@"^Option '(?<option>[^']+)' is required\.$")]
    private static partial Regex OptionRequired();

    [GeneratedRegex(@"^Required argument missing for command: '(?<command>[^']+)'\.$")]
    private static partial Regex CommandArgumentMissing();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>[^']+)'\.$")]
    private static partial Regex OptionValueMissing();

    [GeneratedRegex(@"^Cannot parse argument '.*' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$", RegexOptions.Singleline)]
    private static partial Regex OptionValueUnreadable();

    [GeneratedRegex(@"^Cannot parse argument '.*' for command '(?<command>[^']+)' as expected type '(?<type>[^']+)'\.$", RegexOptions.Singleline)]
    private static partial Regex ArgumentUnreadable();

    [GeneratedRegex(@"^Option '(?<option>[^']+)' expects a single argument but \d+ were provided\.$")]
    private static partial Regex OptionGivenTwice();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognised();

    public static string Say(CliText text, string message)
    {
        if (OptionRequired().Match(message) is { Success: true } required)
        {
            return text.Say($"error: {required.Groups["option"].Value}: this option is required.");
        }

        if (CommandArgumentMissing().Match(message) is { Success: true } missing)
        {
            return text.Say($"error: {missing.Groups["command"].Value}: an argument is missing; see 'domainkit {missing.Groups["command"].Value} --help'.");
        }

        if (OptionValueMissing().Match(message) is { Success: true } noValue)
        {
            return text.Say($"error: {noValue.Groups["option"].Value}: a value is required.");
        }

        if (OptionValueUnreadable().Match(message) is { Success: true } unreadable)
        {
            return text.Say($"error: {unreadable.Groups["option"].Value}: the value is not {Kind(text, unreadable.Groups["type"].Value)}.");
        }

        if (ArgumentUnreadable().Match(message) is { Success: true } argument)
        {
            return text.Say($"error: {argument.Groups["command"].Value}: the argument is not {Kind(text, argument.Groups["type"].Value)}.");
        }

        if (OptionGivenTwice().Match(message) is { Success: true } twice)
        {
            return text.Say($"error: {twice.Groups["option"].Value}: give one value.");
        }

        // An unknown token is a word of the command line, such as a misspelt option; it is named so it can be corrected,
        // unless it is long enough to be data rather than a word.
        if (Unrecognised().Match(message) is { Success: true } unknown)
        {
            var token = unknown.Groups["token"].Value;
            return token.Length <= 40 && !token.Any(char.IsControl)
                ? text.Say($"error: '{token}' is not a command or option of domainkit.")
                : text.Say($"error: an argument is not a command or option of domainkit.");
        }

        return text.Say($"error: the command line could not be read.");
    }

    private static string Kind(CliText text, string type) => type switch
    {
        "System.Int64" or "System.Int32" => text.Say($"a whole number"),
        "System.Boolean" => text.Say($"true or false"),
        _ => text.Say($"of the expected kind"),
    };
}
