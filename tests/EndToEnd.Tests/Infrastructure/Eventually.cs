namespace Autoscaler.EndToEnd.Tests.Infrastructure;

/// <summary>Polls a condition of the running system until it holds, or fails naming what was awaited and what was last seen.</summary>
internal static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> observe, Func<T, bool> condition, TimeSpan timeout, string what)
    {
        using var cts = new CancellationTokenSource(timeout);
        T last;
        while (true)
        {
            last = await observe();
            if (condition(last))
            {
                return last;
            }

            try
            {
                await Task.Delay(250, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"timed out after {timeout} waiting for {what}; last seen: {Describe(last)}");
            }
        }
    }

    private static string Describe<T>(T value) => value is System.Collections.IEnumerable items and not string
        ? "[" + string.Join(", ", items.Cast<object>()) + "]"
        : value?.ToString() ?? "null";
}
