using System.Text.Json.Serialization;
using global::Marten;
using JasperFx;
using JasperFx.Events;
using Weasel.Core;

namespace DomainKit.Marten;

/// <summary>
/// How Marten is set up for <see cref="MartenCaseStore"/>, and the schema it needs. Nothing is created while the store
/// runs: the tables, functions and indexes are applied by <see cref="ApplyAsync"/> (or the SQL of <see cref="Script"/>,
/// run by whoever manages the database) before the first command.
/// </summary>
public static class CaseStoreSchema
{
    /// <summary>Sets up Marten for the store: string stream keys, the stored event and view types, their JSON, and no schema changes at run time.</summary>
    /// <param name="options">Marten's options, with the connection already set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AutoCreateSchemaObjects = AutoCreate.None;
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json =>
        {
            json.Converters.Add(new Contracts.IsoDateConverter());
            json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        options.Events.AddEventType<StoredCaseEvent>();
        options.Events.AddEventType<StoredLedgerEntry>();
        options.Schema.For<CaseView>().Identity(v => v.Id);
        options.Schema.For<FundBalance>().Identity(b => b.Id).Index(b => b.Year);
    }

    /// <summary>A document store for the case store on a PostgreSQL connection string.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <returns>The document store; dispose it with the application.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or blank.</exception>
    public static DocumentStore Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            Configure(options);
        });
    }

    /// <summary>Creates or updates the tables, functions and indexes the store needs; run it once per release, before the store takes commands.</summary>
    /// <param name="documents">A document store set up by <see cref="Configure"/>.</param>
    /// <param name="cancellationToken">Stops the change.</param>
    /// <returns>A task that completes when the schema is applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static async Task ApplyAsync(IDocumentStore documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await documents.Storage.Database.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate, ct: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The SQL that creates the schema, for a database administrator to review and run.</summary>
    /// <param name="documents">A document store set up by <see cref="Configure"/>.</param>
    /// <returns>The SQL script.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static string Script(IDocumentStore documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Storage.ToDatabaseScript();
    }
}
