namespace Autoscaler.Simulator.Live;

/// <summary>A process of a live run's stack stopped or failed; the message says which and what it printed last.</summary>
internal sealed class LiveStackException : Exception
{
    public LiveStackException()
    {
    }

    public LiveStackException(string message)
        : base(message)
    {
    }

    public LiveStackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
