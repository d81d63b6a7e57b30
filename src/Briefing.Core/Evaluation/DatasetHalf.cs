namespace Briefing.Evaluation;

/// <summary>Which clusters of a dataset a mixed evaluation draws from: all, or the first or second half in file order.</summary>
public enum DatasetHalf
{
    All,
    First,
    Second,
}
