namespace DomainKit.Assistance;

/// <summary>A member's relation to the applicant (policy-spec HH-01).</summary>
public enum Relation
{
    /// <summary>The person applying on the household's behalf; a household has exactly one.</summary>
    Applicant = 1,

    /// <summary>The applicant's spouse.</summary>
    Spouse = 2,

    /// <summary>A child of the applicant or spouse: counted while a minor; as an adult only when unable to live independently or a full-time student up to bachelor level.</summary>
    Child = 3,

    /// <summary>A parent, who has a legal duty of support: counted when living with the household long-term.</summary>
    Parent = 4,

    /// <summary>A grandparent, who may have a legal duty of support: counted when living with the household long-term.</summary>
    Grandparent = 5,

    /// <summary>A grandchild, who may have a legal duty of support: counted when living with the household long-term.</summary>
    Grandchild = 6,

    /// <summary>A brother or sister, who may have a legal duty of support: counted when living with the household long-term.</summary>
    Sibling = 7,

    /// <summary>Someone with no legal duty of support: never counted.</summary>
    OtherWithoutSupportDuty = 8,
}
