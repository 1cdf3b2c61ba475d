namespace DomainKit.Assistance;

/// <summary>The category of a certified disability (残疾类别), as on the disability certificate.</summary>
public enum DisabilityKind
{
    /// <summary>Visual (视力残疾).</summary>
    Visual = 1,

    /// <summary>Hearing (听力残疾).</summary>
    Hearing = 2,

    /// <summary>Speech (言语残疾).</summary>
    Speech = 3,

    /// <summary>Physical (肢体残疾).</summary>
    Physical = 4,

    /// <summary>Intellectual (智力残疾).</summary>
    Intellectual = 5,

    /// <summary>Mental (精神残疾).</summary>
    Mental = 6,

    /// <summary>Multiple (多重残疾).</summary>
    Multiple = 7,
}
