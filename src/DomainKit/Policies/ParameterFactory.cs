namespace DomainKit.Policies;

/// <summary>Creates the library's parameter definitions with their bounds.</summary>
internal static class ParameterFactory
{
    /// <summary>No policy amount comes near a billion yuan; the bound keeps every product of amounts far from overflow.</summary>
    private static readonly Money MaxPolicyAmount = Money.FromYuan(1_000_000_000m);

    public static PolicyParameter<Money> Amount(string id, string ruleId, ParameterUnit unit, string description, bool allowZero = true, bool optional = false, bool requiresLocalValue = false) =>
        new(id, ruleId, unit, description, new MoneyCodec(allowZero ? Money.Zero : Money.FromFen(1), MaxPolicyAmount), optional, requiresLocalValue);

    public static PolicyParameter<Rate> Fraction(string id, string ruleId, string description, bool optional = false) =>
        new(id, ruleId, ParameterUnit.Fraction, description, new RateCodec(0m, 1m, asPercentage: true), optional);

    public static PolicyParameter<Rate> Multiple(string id, string ruleId, string description, decimal maximum) =>
        new(id, ruleId, ParameterUnit.Multiple, description, new RateCodec(0m, maximum, asPercentage: false));

    public static PolicyParameter<Assistance.MedicalAssistanceScheme> Scheme(string id, string ruleId, string description, bool optional = false) =>
        new(id, ruleId, ParameterUnit.Scheme, description, new SchemeCodec(), optional);

    public static PolicyParameter<EnumSet<Assistance.MedicalGroup>> Groups(string id, string ruleId, string description, bool optional = false) =>
        new(id, ruleId, ParameterUnit.Set, description, new EnumSetCodec<Assistance.MedicalGroup>(Explanations.MessageKeys.MedicalGroupTerm), optional);

    public static PolicyParameter<int> Whole(string id, string ruleId, ParameterUnit unit, string description, int minimum, int maximum, bool optional = false, bool requiresLocalValue = false) =>
        new(id, ruleId, unit, description, new IntegerCodec(minimum, maximum), optional, requiresLocalValue);
}
