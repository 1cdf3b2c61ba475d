namespace DomainKit.Cli;

/// <summary>
/// One figure of a reform comparison as a row of a long table: what part of the report it belongs to (<c>section</c>:
/// programme, fund, population, poverty, decile, region), which one (<c>group</c>: a programme or fund token, a decile
/// number, a region code, <c>all</c>), the <c>measure</c>, its value (null where it is undefined, as a share of an empty
/// group) and its <c>unit</c>.
/// </summary>
internal readonly record struct ComparisonMeasure(string Section, string Group, string Measure, decimal? Value, string Unit);
