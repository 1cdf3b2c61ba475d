namespace DomainKit.Assistance;

/// <summary>The group a patient belongs to for medical assistance (MA-01), from the highest claim to the lowest.</summary>
public enum MedicalGroup
{
    /// <summary>An extreme-poverty person (TK-01).</summary>
    ExtremePoverty = 1,

    /// <summary>A member of a dibao household, or a member enrolled alone in dibao (DB-01, MD-02).</summary>
    Dibao = 2,

    /// <summary>A member of a low-income margin household (MD-01).</summary>
    Margin = 3,

    /// <summary>A person the county has recognised as impoverished by illness (因病致贫, YL42).</summary>
    ImpoverishedByIllness = 4,

    /// <summary>Any other resident; covered only where the policy extends serious-illness assistance to them (ZF-MA-04).</summary>
    OtherResident = 5,
}
