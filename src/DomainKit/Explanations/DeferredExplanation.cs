using System.Collections.Immutable;

namespace DomainKit.Explanations;

/// <summary>
/// An explanation built the first time it is read, from the immutable inputs and figures of its decision.
/// Most decisions of a batch are stored or counted and never explained to anyone, and a household's full trees
/// weigh about ten kilobytes, so building them only on demand keeps the explained path close to the fast path.
/// </summary>
/// <typeparam name="TState">What the explainer needs: the household, the terms and the figures already computed.</typeparam>
internal sealed class DeferredExplanation<TState> : Explanation
{
    private readonly TState state;
    private readonly Func<TState, ImmutableArray<ExplanationStep>> build;

    /// <summary>Defers an explainer.</summary>
    /// <param name="state">The explainer's inputs, which must be immutable.</param>
    /// <param name="build">The explainer; a static lambda, so deferring allocates nothing besides this object.</param>
    public DeferredExplanation(TState state, Func<TState, ImmutableArray<ExplanationStep>> build)
    {
        this.state = state;
        this.build = build;
    }

    private protected override ImmutableArray<ExplanationStep> Build() => build(state);
}
