namespace DomainKit.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran; a decision was printed (whether eligible or not).</summary>
    public const int Success = 0;

    /// <summary>The command could not finish for a reason outside the input, such as an unwritable output.</summary>
    public const int Failure = 1;

    /// <summary>The input was invalid: bad arguments, an unreadable or invalid file, an unknown policy or a date the policy does not cover.</summary>
    public const int InvalidInput = 2;
}
