namespace DomainKit.Assistance;

/// <summary>Why a case is escalated for supervision (督查督办, ZF-ACC-02), by criteria the policy set gives.</summary>
public enum EscalationReason
{
    /// <summary>A time limit is late by at least the policy's number of working days.</summary>
    Overdue = 1,

    /// <summary>The notices drew at least the policy's number of objections.</summary>
    Objections = 2,

    /// <summary>The amount approved or paid first is at least the policy's amount.</summary>
    LargeAmount = 3,

    /// <summary>Fraud was established on the case.</summary>
    Fraud = 4,
}
