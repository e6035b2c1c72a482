package de.foerderlotse.conflict.engine;

import java.util.List;

/**
 * Fits an L2-regularised logistic regression by Newton's method: deterministic (no random start, no
 * sampling), converging in a few steps for the few dozen features the engine has. The bias is not
 * regularised.
 */
public final class LogisticFit {

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-9;

  private LogisticFit() {}

  /** Weights then bias as the last element. */
  public static double[] fit(List<double[]> xs, List<Boolean> ys, double lambda) {
    int d = xs.get(0).length + 1;
    double[] w = new double[d];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int n = 0; n < xs.size(); n++) {
        double[] x = withBias(xs.get(n));
        double p = sigmoid(dot(w, x));
        double error = p - (ys.get(n) ? 1 : 0);
        double curvature = Math.max(p * (1 - p), 1e-10);
        for (int i = 0; i < d; i++) {
          gradient[i] += error * x[i];
          for (int j = 0; j < d; j++) {
            hessian[i][j] += curvature * x[i] * x[j];
          }
        }
      }
      for (int i = 0; i < d - 1; i++) {
        gradient[i] += lambda * w[i];
        hessian[i][i] += lambda;
      }
      hessian[d - 1][d - 1] += 1e-8;
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        change = Math.max(change, Math.abs(step[i]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double[] withBias(double[] x) {
    double[] xb = new double[x.length + 1];
    System.arraycopy(x, 0, xb, 0, x.length);
    xb[x.length] = 1;
    return xb;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Gaussian elimination with partial pivoting; the matrix is positive definite. */
  private static double[] solve(double[][] matrix, double[] vector) {
    int n = vector.length;
    double[][] a = new double[n][];
    double[] b = vector.clone();
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      double tb = b[col];
      b[col] = b[pivot];
      b[pivot] = tb;
      for (int row = col + 1; row < n; row++) {
        double factor = a[row][col] / a[col][col];
        for (int k = col; k < n; k++) {
          a[row][k] -= factor * a[col][k];
        }
        b[row] -= factor * b[col];
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = b[i];
      for (int k = i + 1; k < n; k++) {
        sum -= a[i][k] * x[k];
      }
      x[i] = sum / a[i][i];
    }
    return x;
  }
}
