namespace DomainKit.Cli;

/// <summary>Writing a command's output failed part way (a full device, a lost disk); the output was not written.</summary>
internal sealed class OutputFailedException(string option, string target, string reason, Exception inner) : IOException(reason, inner)
{
    /// <summary>The option that named the output.</summary>
    public string Option { get; } = option;

    /// <summary>The output's path.</summary>
    public string Target { get; } = target;

    /// <summary>Why, in words the tool translates.</summary>
    public string Reason { get; } = reason;
}
