using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>escalate</c> command: escalates the case for supervision when it meets a criterion (ZF-ACC-02).</summary>
[Description("Escalates the case for supervision when it meets a criterion (ZF-ACC-02).")]
public sealed record EscalateActionDocument : CaseActionDocument;
