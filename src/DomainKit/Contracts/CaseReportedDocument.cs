using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>caseReported</c> event: a discovery is reported upward (ZF-WF-03).</summary>
[Description("A discovery is reported upward (ZF-WF-03).")]
public sealed record CaseReportedDocument : CaseEventDocument;
