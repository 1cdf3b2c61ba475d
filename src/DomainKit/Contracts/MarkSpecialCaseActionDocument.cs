using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>markSpecialCase</c> command: marks a basic-living case special, which extends its decision limit (WF-01).</summary>
[Description("Marks a basic-living case special, which extends its decision limit (WF-01).")]
public sealed record MarkSpecialCaseActionDocument : CaseActionDocument;
