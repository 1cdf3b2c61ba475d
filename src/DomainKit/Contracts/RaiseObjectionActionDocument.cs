using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>raiseObjection</c> command: records an objection to the running notice; the notice is withdrawn (PB-02).</summary>
[Description("Records an objection to the running notice; the notice is withdrawn (PB-02).")]
public sealed record RaiseObjectionActionDocument : CaseActionDocument;
