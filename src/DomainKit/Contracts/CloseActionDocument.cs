using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>close</c> command: closes the case once every task is done and nothing remains to recover.</summary>
[Description("Closes the case once every task is done and nothing remains to recover.")]
public sealed record CloseActionDocument : CaseActionDocument;
