using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>refer</c> command: refers the case to another department (ZF-WF-02).</summary>
[Description("Refers the case to another department (ZF-WF-02).")]
public sealed record ReferActionDocument : CaseActionDocument
{
    /// <summary>The department the case goes to.</summary>
    [Description("The department the case goes to.")]
    public required Department Department { get; init; }
}
