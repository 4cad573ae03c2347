namespace Autoscaler.Simulator.Traces;

/// <summary>A trace file that does not follow the format of shared/traces/README.md; the message names the line and the problem.</summary>
internal sealed class TraceFormatException : Exception
{
    public TraceFormatException()
    {
    }

    public TraceFormatException(string message)
        : base(message)
    {
    }

    public TraceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TraceFormatException(string source, int line, string problem)
        : base($"{source}, line {line}: {problem}")
    {
        Line = line;
    }

    /// <summary>The 1-based line the problem is on, or 0 when it concerns the whole file.</summary>
    public int Line { get; }
}
