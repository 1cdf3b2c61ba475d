using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>reject</c> command: rejects the case; aid paid first is opened for recovery.</summary>
[Description("Rejects the case; aid paid first is opened for recovery.")]
public sealed record RejectActionDocument : CaseActionDocument;
