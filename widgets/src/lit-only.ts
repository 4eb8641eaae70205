import { LitElement, html, css } from 'lit';
class X extends LitElement {
  static override styles = css`:host{display:block}`;
  override render() {
    return html`<p>x</p>`;
  }
}
customElements.define('x-x', X);
