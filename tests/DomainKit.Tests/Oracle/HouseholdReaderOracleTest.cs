using System.Text;
using System.Text.Json.Nodes;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Tests.Generators;
using DomainKit.Validation;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// <see cref="HouseholdJson.Parse(ReadOnlyMemory{byte})"/> reads in one forward pass; the document reader it replaced is
/// the oracle. Each case is a valid household written as JSON, then broken from a seed: properties removed, repeated,
/// misspelt, escaped or given values of every wrong kind; names and dates that do not exist; numbers too precise, too
/// large or not whole; lists over their limits; nesting too deep; the text cut short or followed by more. Both readers
/// must give the same household, or the same errors in the same order.
/// </summary>
public sealed class HouseholdReaderOracleTest
{
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "1", "-3", "1.5", "19.99", "1.005", "1e2", "2E-2", "-0", "1e400", "123456789012345678901234567890123",
        "1000", "1001", "4", "5", "0.1", "10.50", "1.500", "-12.34", "0.00", "999999999999999.99", "1234567890123456.78", "123456789012345678",
        "2147483648", "-2147483649", "\"\"", "\"text\"", "\"2020-02-29\"", "\"2021-02-29\"", "\"1990-1-01\"", "\"1990-01-01\"", "\"2201-01-01\"",
        "\"1879-12-31\"", "\"1990-01-0/\"", "\"1990/01/01\"", "\"199a-01-01\"", "\"１９９０-01-01\"", "\"applicant\"", "\"Applicant\"", "\"spouse\"", "\"child\"", "\"parent\"", "\"\\u0061pplicant\"", "\"religiousLife\"",
        "\"wages\"", "\"visual\"", "\"primary\"", "\"domainkit/household@1\"", "\"domainkit/household@2\"", "\"domainkit/household@3\"",
        "\"19.99\"", "\"0\"", "\"0.5\"", "\"1350.00\"", "\"01\"", "\"1.005\"", "\"1e2\"", "\" 1\"", "\"-3\"", "\"1.\"", "\"\\u0031\"", "\"999999999999999.99\"", "\"1234567890123456\"", "{}", "[]", "[{}]", "[1,2]",
        "\"applicantX\"", "\"wage\"", "\"1990-01-01x\"", "{\"kind\":\"wages\",\"amount\":1}", "{\"kind\":\"visual\",\"grade\":2}", $"\"{new string('a', 4097)}\"", $"\"{new string('b', 200)}\"",
    ];

    private static readonly string[] Names =
    [
        "x", "Relation", "members", "kind", "amount", "schema", "relation", "birthDate", "relationship", "schemas", "incomesX", "kin", new string('n', 80),
    ];

    [Property(MaxTest = 2_000, Arbitrary = [typeof(DomainArbitraries)])]
    public void The_forward_reader_gives_the_document_readers_result_on_broken_households(Household household, int seed)
    {
        var random = new Random(seed);
        var tree = Node.From(JsonNode.Parse(HouseholdJson.Write(household))!);
        var changes = random.Next(0, 4);
        for (var i = 0; i < changes; i++)
        {
            Mutate(tree, random);
        }

        var text = tree.ToJson(random);
        text = random.Next(12) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => text + (random.Next(2) == 0 ? " x" : "{}"),
            2 => new string('[', 40) + text + new string(']', 40),
            _ => text,
        };

        AssertSame(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void The_forward_reader_gives_the_document_readers_result_for_every_value_in_every_field()
    {
        // Every property of a household that has every part, given each value of the list in turn: the cross product
        // the seeded cases above only sample.
        var household = HouseholdJson.Parse("""
            {"schema":"domainkit/household@1","members":[
              {"relation":"applicant","birthDate":"1970-05-01","livesIndependently":false,"fullTimeStudent":false,"livesWithHousehold":true,
               "absence":"none","disability":{"kind":"visual","grade":2},"seriouslyIll":true,"hasAbleSupporter":false,"enrolledInExtremePoverty":false,
               "schoolStage":"none","refusedJobReferrals":0,"incomes":[{"kind":"wages","amount":1200.50}]},
              {"relation":"child","birthDate":"2010-02-03","absence":"religiousLife","absentSince":"2020-01-01","schoolStage":"primary","incomes":[]}],
             "assets":{"financialAssets":100.00,"homesOwned":1,"businessEquity":0},
             "dibaoHistory":{"recipientSince":"2024-01-01","lastMonthlyBenefit":500.00,"workIncomeRoseOn":"2025-06-01"}}
            """).Value;
        var template = Node.From(JsonNode.Parse(HouseholdJson.Write(household))!);
        var cases = 0;
        foreach (var (container, index) in template.Containers().Where(c => c.Properties is not null).SelectMany(c => Enumerable.Range(0, c.Properties!.Count).Select(i => (c, i))).ToList())
        {
            var original = container.Properties![index];
            foreach (var value in Values)
            {
                container.Properties[index] = (original.Name, Node.Raw(value), false);
                AssertSame(Encoding.UTF8.GetBytes(template.ToJson(new Random(0))));
                cases++;
            }

            container.Properties[index] = original;
        }

        Assert.True(cases > 2_000, $"{cases} cases");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"schema\":\"domainkit/household@1\"}")]
    [InlineData("{\"schema\":\"domainkit/household@1\",\"members\":[]} trailing")]
    [InlineData("{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1980-01-01\"}],\"members\":null}")]
    [InlineData("{\"schema\":\"domainkit/household@1\",\"x\":1,\"x\":2,\"members\":[null,1,{\"relation\":\"applicant\",\"birthDate\":\"1980-01-01\",\"incomes\":[null,{}]}]}")]
    [InlineData("{\"sch\\u0065ma\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1980-01-01\",\"disability\":{\"kind\":\"visual\",\"grade\":2.5}}],\"assets\":{\"homesOwned\":1e3},\"dibaoHistory\":{}}")]
    public void The_forward_reader_gives_the_document_readers_result_on_edge_documents(string json) => AssertSame(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"\\ud800\",\"birthDate\":\"1980-01-01\"}]}", "members[0].relation")]
    [InlineData("{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"applicant\",\"birthDate\":\"1980-01-01\",\"\\udc00x\":1}]}", "members[0]")]
    [InlineData("{\"schema\":\"\\ud800\\u0041\",\"members\":[]}", "schema")]
    public void Text_that_is_not_valid_unicode_is_invalid_at_its_field_where_the_document_reader_threw(string json, string path)
    {
        var result = HouseholdJson.Parse(json);
        Assert.Equal(ResultStatus.Invalid, result.Status);
        var error = Assert.Single(result.ValidationErrors, e => e.ErrorCode == ErrorCodes.JsonInvalidText);
        Assert.Equal(path, error.Identifier);
        Assert.DoesNotContain("\\u", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_invalid_at_their_field()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schema\":\"domainkit/household@1\",\"members\":[{\"relation\":\"appl#cant\",\"birthDate\":\"1980-01-01\"}]}");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;
        var result = HouseholdJson.Parse(bytes);
        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal("members[0].relation", Assert.Single(result.ValidationErrors).Identifier);
        Assert.Equal(ErrorCodes.JsonInvalidText, result.ValidationErrors.Single().ErrorCode);
    }

    private static void AssertSame(byte[] utf8)
    {
        var expected = DocumentHouseholdReader.Read(utf8);
        var actual = HouseholdJson.Parse(utf8);
        Assert.Equal(expected.Status, actual.Status);
        if (expected.IsSuccess)
        {
            Assert.Equal(HouseholdJson.Write(expected.Value), HouseholdJson.Write(actual.Value));
        }
        else
        {
            Assert.Equal(expected.ValidationErrors.Select(ValidationOracle.Describe), actual.ValidationErrors.Select(ValidationOracle.Describe));
        }
    }

    private static void Mutate(Node tree, Random random)
    {
        var containers = tree.Containers().ToList();
        var target = containers[random.Next(containers.Count)];
        if (target.Items is { } items)
        {
            if (items.Count == 0)
            {
                return;
            }

            switch (random.Next(4))
            {
                case 0:
                    items.RemoveAt(random.Next(items.Count));
                    break;
                case 1:
                    items[random.Next(items.Count)] = Node.Raw(Values[random.Next(Values.Length)]);
                    break;
                default:
                    // At or just over the limit of 64 members or 100 incomes, or just longer.
                    int[] lengths = [64, 65, 100, 101];
                    var copies = random.Next(2) == 0 ? Math.Max(0, lengths[random.Next(lengths.Length)] - items.Count) : random.Next(1, 4);
                    var item = items[random.Next(items.Count)];
                    for (var i = 0; i < copies; i++)
                    {
                        items.Add(item);
                    }

                    break;
            }

            return;
        }

        var properties = target.Properties!;
        switch (random.Next(6))
        {
            case 0 when properties.Count > 0:
                properties.RemoveAt(random.Next(properties.Count));
                break;
            case 1 when properties.Count > 0:
                var index = random.Next(properties.Count);
                properties[index] = (properties[index].Name, Node.Raw(Values[random.Next(Values.Length)]), properties[index].Escaped);
                break;
            case 2 when properties.Count > 0:
                var repeated = properties[random.Next(properties.Count)];
                var value = random.Next(2) == 0 ? repeated.Value : Node.Raw(Values[random.Next(Values.Length)]);
                properties.Insert(random.Next(properties.Count + 1), (repeated.Name, value, false));
                break;
            case 3 when properties.Count > 0:
                var escaped = random.Next(properties.Count);
                properties[escaped] = properties[escaped] with { Escaped = true };
                break;
            default:
                properties.Insert(random.Next(properties.Count + 1), (Names[random.Next(Names.Length)], Node.Raw(Values[random.Next(Values.Length)]), false));
                break;
        }
    }

    /// <summary>A JSON value whose objects may repeat a property, which no JSON library's tree allows.</summary>
    private sealed class Node
    {
        public List<(string Name, Node Value, bool Escaped)>? Properties { get; private init; }

        public List<Node>? Items { get; private init; }

        private string? RawText { get; init; }

        public static Node Raw(string json) => new() { RawText = json };

        public static Node From(JsonNode? node) => node switch
        {
            JsonObject obj => new Node { Properties = obj.Select(p => (p.Key, From(p.Value), false)).ToList() },
            JsonArray array => new Node { Items = array.Select(From).ToList() },
            null => Raw("null"),
            _ => Raw(node.ToJsonString()),
        };

        public IEnumerable<Node> Containers()
        {
            if (Properties is null && Items is null)
            {
                yield break;
            }

            yield return this;
            foreach (var child in Properties?.Select(p => p.Value) ?? Items!)
            {
                foreach (var container in child.Containers())
                {
                    yield return container;
                }
            }
        }

        public string ToJson(Random random)
        {
            var text = new StringBuilder();
            Write(text, random);
            return text.ToString();
        }

        private void Write(StringBuilder text, Random random)
        {
            if (RawText is not null)
            {
                text.Append(RawText);
            }
            else if (Items is not null)
            {
                text.Append('[');
                for (var i = 0; i < Items.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Items[i].Write(text, random);
                }

                text.Append(']');
            }
            else
            {
                text.Append('{');
                for (var i = 0; i < Properties!.Count; i++)
                {
                    var (name, value, escaped) = Properties[i];
                    text.Append(i == 0 ? "\"" : ",\"");
                    text.Append(escaped ? $"\\u{(int)name[0]:x4}{name[1..]}" : name);
                    text.Append("\":");
                    value.Write(text, random);
                }

                text.Append('}');
            }
        }
    }
}
