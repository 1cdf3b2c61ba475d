using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>completePaperwork</c> command: records the green channel's paperwork as complete (ZF-TA-01).</summary>
[Description("Records the green channel's paperwork as complete (ZF-TA-01).")]
public sealed record CompletePaperworkActionDocument : CaseActionDocument;
