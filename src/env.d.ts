declare namespace App {
  interface Locals {
    /** Set by the question page so <Sample> can find the files beside the page. */
    questionSlug?: string;
  }
}
