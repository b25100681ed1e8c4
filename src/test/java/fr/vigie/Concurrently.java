package fr.vigie;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends requests at the same moment from several threads, for tests of concurrent writes. */
public final class Concurrently {

  private Concurrently() {}

  /** Starts {@code writers} requests together ({@code request.apply(i)} answers a status) and returns the statuses. */
  public static List<Integer> statuses(int writers, IntFunction<Callable<Integer>> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < writers; i++) {
        Callable<Integer> call = request.apply(i);
        answers.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
