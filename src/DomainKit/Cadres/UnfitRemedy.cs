namespace DomainKit.Cadres;

/// <summary>What the organisation did about an unfit situation before adjusting the cadre (PD-02): 提醒教育, 函询 or 诫勉.</summary>
public enum UnfitRemedy
{
    /// <summary>A reminder and education talk (提醒、教育).</summary>
    Reminder = 1,

    /// <summary>A written inquiry the cadre must answer (函询).</summary>
    Inquiry = 2,

    /// <summary>An admonition (诫勉).</summary>
    Admonition = 3,
}
