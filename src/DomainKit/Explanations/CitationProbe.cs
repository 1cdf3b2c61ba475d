namespace DomainKit.Explanations;

/// <summary>
/// Where the rule ID of every explanation step built is reported, when something listens: the test suite listens to
/// count a rule as implemented only when some run makes the library cite it. Nothing listens in production.
/// </summary>
internal static class CitationProbe
{
    /// <summary>Receives the rule ID of each step as it is built; null when nothing listens. Set once, before any step is built.</summary>
    public static Action<string>? Listener { get; set; }
}
