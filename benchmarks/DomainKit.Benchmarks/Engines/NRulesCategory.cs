namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// A household's category, derived once by <see cref="NRulesCategoryRule"/> and matched by the chained rules, so the
/// dibao line and the property test are worked out once per household instead of in every rule that needs them.
/// </summary>
public sealed record NRulesCategory(EngineCase Case, bool Dibao, bool Margin);
