using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>caseClosed</c> event: the case is closed.</summary>
[Description("The case is closed.")]
public sealed record CaseClosedDocument : CaseEventDocument;
