namespace DomainKit.Assistance;

/// <summary>The household's category for temporary-assistance amounts (TA-05), from the household assessment.</summary>
public enum TemporaryCategory
{
    /// <summary>The household has an extreme-poverty member.</summary>
    ExtremePoverty = 1,

    /// <summary>The household qualifies for dibao.</summary>
    Dibao = 2,

    /// <summary>Any other household.</summary>
    Other = 3,
}
