namespace Briefing.TestKit.Postgres;

/// <summary>PostgreSQL could not be found or started for the tests; the message says why and how to fix it.</summary>
public sealed class PostgresUnavailableException(string message) : Exception(message);
