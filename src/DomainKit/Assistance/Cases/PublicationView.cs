namespace DomainKit.Assistance;

/// <summary>
/// What may be published about a case (PB-03, ZF-VR-03): the name masked as the policy says, the household
/// size, the programme and the amount; nothing else. No ID number, address, illness or case ID can appear,
/// because this type has no place for them.
/// </summary>
/// <param name="Name">The name, masked as the policy's <see cref="CaseParameters.PublicationNameMasking"/> says.</param>
/// <param name="HouseholdSize">The number of people in the household.</param>
/// <param name="Programme">The programme proposed or approved.</param>
/// <param name="Amount">The amount proposed or approved.</param>
public sealed record PublicationView(string Name, int HouseholdSize, Programme Programme, Money Amount)
{
    /// <summary>Masks a name: the first character (or first and last) shown, one asterisk for each other character.</summary>
    /// <param name="name">The name.</param>
    /// <param name="masking">How to mask it.</param>
    /// <returns>The masked name; a name is counted in text elements, so a character outside the basic plane stays whole.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string Mask(string name, NameMasking masking)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var elements = new List<string>();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(trimmed);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        if (masking == NameMasking.FullName || elements.Count == 0)
        {
            return trimmed;
        }

        if (elements.Count == 1)
        {
            // Keeping "the first character" of a one-character name would publish it whole.
            return "*";
        }

        var keepLast = masking == NameMasking.KeepFirstAndLastCharacters && elements.Count > 2;
        return elements[0] + new string('*', elements.Count - (keepLast ? 2 : 1)) + (keepLast ? elements[^1] : string.Empty);
    }
}
