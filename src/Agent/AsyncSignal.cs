namespace Autoscaler.Agent;

/// <summary>A wake-up flag any thread can raise without blocking; one loop waits on it.</summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _source = NewSource();

    /// <summary>Wakes the waiter (cheap when already raised).</summary>
    public void Raise() => Volatile.Read(ref _source).TrySetResult();

    /// <summary>Lowers the flag; call before reading the state the flag announces, so no raise is lost.</summary>
    public void Lower()
    {
        if (Volatile.Read(ref _source).Task.IsCompleted)
        {
            Volatile.Write(ref _source, NewSource());
        }
    }

    /// <summary>Completes when the flag is raised.</summary>
    public Task WaitAsync() => Volatile.Read(ref _source).Task;

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
