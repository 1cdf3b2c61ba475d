using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>caseRejected</c> event: the case is rejected.</summary>
[Description("The case is rejected.")]
public sealed record CaseRejectedDocument : CaseEventDocument;
