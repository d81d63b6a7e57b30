namespace Briefing.Ingestion;

/// <summary>Reads one format's decoded text into metadata and a body for the cleaner.</summary>
internal interface IFormatParser
{
    DocumentFormat Format { get; }

    FormatReading Read(string decoded);
}
