namespace DomainKit.Assistance;

/// <summary>Someone objected during the notice: the notice is withdrawn and the case goes back to investigation (PB-02).</summary>
public sealed record ObjectionRaised : CaseEvent;
