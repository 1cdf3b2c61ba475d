using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>report</c> command: reports a discovered case upward (ZF-WF-03).</summary>
[Description("Reports a discovered case upward (ZF-WF-03).")]
public sealed record ReportActionDocument : CaseActionDocument;
