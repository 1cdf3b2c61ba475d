using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of education assistance (教育救助, policy-spec ED-01).</summary>
public static class EducationParameters
{
    /// <summary>ED-01: annual amounts per school stage; stages absent are not assisted. No source gives amounts: no preset holds it.</summary>
    public static readonly PolicyParameter<EducationStandards> Standards = new(
        "educationStandards", "ED-01", ParameterUnit.Scheme, "Annual education-assistance amount per school stage.", new EducationStandardsCodec(), requiresLocalValue: true);
}
